"""incidex: GTD-coded incident database from open-source reports."""
__version__ = "0.1.0"
