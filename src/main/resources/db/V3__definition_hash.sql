-- Rives store, version 3: what each load read its file with. Identical bytes are "unchanged" only when
-- read with the same connector definition and the same catalogue; a load records the SHA-256 of both
-- (of their canonical, parsed form, so comments and layout do not count) beside the file's own.
-- Loads recorded before this version have neither: the next load of their bytes reads them again.

ALTER TABLE load ADD COLUMN definition_hash VARCHAR;
ALTER TABLE load ADD COLUMN catalogue_hash VARCHAR;
