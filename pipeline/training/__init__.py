"""Training recipe for the shipped German pipeline (models/de_newsx)."""
