"""The vault: keys, the SQLCipher engine, the schema, repositories, search and backups."""
