-- Indicator 12 from certified values (spec §2.8, §2.9): the plan's appendix share (green, organic or
-- 名特优新), what was registered as green or organic beyond the approved output, and 名特优新 by type;
-- sized as V24_13_5 sizes every sum and share, which no year can overflow.
ALTER TABLE indicator12_partial_sum ADD COLUMN green_organic_specialty_value_yuan NUMERIC(40, 2) DEFAULT 0 NOT NULL;
ALTER TABLE indicator12_partial_sum ADD COLUMN over_approved_value_yuan NUMERIC(40, 2) DEFAULT 0 NOT NULL;
ALTER TABLE indicator12_partial_sum ADD COLUMN mingteyouxin_value_yuan NUMERIC(40, 2) DEFAULT 0 NOT NULL;

-- Null in results computed before these figures existed.
ALTER TABLE indicator12_result ADD COLUMN green_organic_specialty_value_yuan NUMERIC(40, 2);
ALTER TABLE indicator12_result ADD COLUMN green_organic_specialty_share NUMERIC(44, 6);
ALTER TABLE indicator12_result ADD COLUMN over_approved_value_yuan NUMERIC(40, 2);
