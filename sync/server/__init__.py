"""The central register (FastAPI) that devices sync with."""
