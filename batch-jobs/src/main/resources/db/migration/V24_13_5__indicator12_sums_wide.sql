-- Indicator 12's sums and shares, sized so that no year can overflow them (NUMERIC(20, 2) did at 105
-- lots of the largest value a lot row holds).
--
-- A lot's value is at most what its columns hold, whatever trace.lots.* allows:
--   999,999,999.999 kg (NUMERIC(12, 3)) x 9,999,999.9999 yuan/kg (NUMERIC(11, 4)) < 10^16 yuan.
-- A year holds at most as many lots as lot.id (BIGINT) can number: 2^63 - 1 < 9.3 x 10^18. So any sum
-- of a year, in one chunk or all of them, is below 9.3 x 10^18 x 10^16 = 9.3 x 10^34 yuan:
-- NUMERIC(40, 2) holds up to 10^38. A share is a sum divided by a denominator of at least 0.01 yuan
-- (an official total is > 0 to the cent; registered lots' values are the numerators' own sums), so it
-- is below 9.3 x 10^36: NUMERIC(44, 6) holds up to 10^38. Both H2 and PostgreSQL take these widths.
ALTER TABLE indicator12_partial_sum ALTER COLUMN value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_partial_sum ALTER COLUMN green_organic_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_partial_sum ALTER COLUMN sanpin_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_partial_sum ALTER COLUMN green_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_partial_sum ALTER COLUMN organic_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_partial_sum ALTER COLUMN gi_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_partial_sum ALTER COLUMN pollution_free_value_yuan SET DATA TYPE NUMERIC(40, 2);

ALTER TABLE indicator12_result ALTER COLUMN denominator_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_result ALTER COLUMN green_organic_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_result ALTER COLUMN sanpin_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_result ALTER COLUMN share SET DATA TYPE NUMERIC(44, 6);
ALTER TABLE indicator12_result ALTER COLUMN sanpin_share SET DATA TYPE NUMERIC(44, 6);
ALTER TABLE indicator12_result ALTER COLUMN previous_year_share SET DATA TYPE NUMERIC(44, 6);

ALTER TABLE indicator12_breakdown ALTER COLUMN denominator_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_breakdown ALTER COLUMN value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_breakdown ALTER COLUMN green_organic_value_yuan SET DATA TYPE NUMERIC(40, 2);
ALTER TABLE indicator12_breakdown ALTER COLUMN share SET DATA TYPE NUMERIC(44, 6);
