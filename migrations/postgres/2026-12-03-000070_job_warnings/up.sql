-- What a completed job wants its user to know (a JSON array of sentences): images kept unread,
-- blanked because OCR could not read them, or undecodable. Never document text. Null when none.
ALTER TABLE jobs ADD COLUMN warnings TEXT;
