-- Each problem of a refused row is kept on its own, with the field it concerns, the refusal's
-- message code and its arguments, so that a page can say it in its reader's language; the English
-- text stays for the API. Rows stored before keep their one English text under problem_no 0, with
-- no code. The primary key grows by the problem's number, so the table is built anew.
CREATE TABLE lot_import_problem (
    job_execution_id BIGINT        NOT NULL,
    line_number      BIGINT        NOT NULL,
    problem_no       INT           NOT NULL,
    field            VARCHAR(50),
    code             VARCHAR(100),
    arguments        VARCHAR(2000),
    message          VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_lot_import_error PRIMARY KEY (job_execution_id, line_number, problem_no)
);

INSERT INTO lot_import_problem (job_execution_id, line_number, problem_no, message)
SELECT job_execution_id, line_number, 0, message FROM lot_import_error;

DROP TABLE lot_import_error;

ALTER TABLE lot_import_problem RENAME TO lot_import_error;
