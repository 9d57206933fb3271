"""Local ML models shipped inside wheels, shared by several stages (no hub download)."""
