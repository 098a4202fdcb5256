"""The offline service catalogue: searching it, importing the national service catalogue (PTV) into it."""
