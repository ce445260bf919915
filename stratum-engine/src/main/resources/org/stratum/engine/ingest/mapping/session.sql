-- Temporary tables of one mapped CSV import, inside its transaction.

-- Every value map the mapping uses (its own and the built-in ones), one row per local value. The
-- lookup key is the local value in lower case without surrounding spaces; '' stands for an empty cell.
CREATE OR REPLACE TEMP TABLE mapping_value (
    map_id INTEGER, local_key VARCHAR, value VARCHAR, system VARCHAR, code VARCHAR, display VARCHAR,
    response VARCHAR, omb_category VARCHAR, detailed BOOLEAN);

-- Every problem found in a source row: which check failed (numbered by the import), on which row
-- (1-based, in file order), the offending value, the row's key when known, and for a duplicate the row
-- it repeats. A row with any problem is loaded into no table.
CREATE OR REPLACE TEMP TABLE mapping_problem (
    file_index INTEGER, rn BIGINT, check_id INTEGER, value VARCHAR, row_key VARCHAR, other_rn BIGINT);
