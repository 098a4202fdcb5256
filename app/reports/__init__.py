"""Statistics queries and renderers (PDF, CSV, XLSX)."""
