-- Details of a transformation list up to 100 input lots, about 6,300 characters of JSON at most;
-- 4,000 held only some 60. Widened, not typed as TEXT, so that the column still bounds what an
-- event may carry (TraceEvent.DETAILS_MAX_LENGTH).
ALTER TABLE trace_event ALTER COLUMN details SET DATA TYPE VARCHAR(8000);
