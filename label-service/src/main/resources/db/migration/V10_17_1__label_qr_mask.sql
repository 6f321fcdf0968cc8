-- The mask pattern each label's QR code is drawn with, chosen when it is issued so that every
-- reader decodes it (0-7). Labels issued before have none: they are drawn with the mask the same
-- choice gives, computed when drawn.
ALTER TABLE label ADD COLUMN qr_mask SMALLINT;
ALTER TABLE label ADD CONSTRAINT ck_label_qr_mask CHECK (qr_mask BETWEEN 0 AND 7);
