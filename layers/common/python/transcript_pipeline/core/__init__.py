"""Configuration, boundary models, errors and AWS clients every part shares."""
