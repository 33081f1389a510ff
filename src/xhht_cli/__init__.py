"""xhht: check Vietnam's plans on promoting learning and talent against their national templates."""

__version__ = "0.1.0"
