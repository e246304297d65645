// A reader's page must never carry SQLite's lock error (autocannon counts a false answer as a mismatch).
// Plain JavaScript: autocannon's worker thread require()s it.
module.exports = (body) => !body.includes('SQLITE_BUSY') && !body.includes('database is locked');
