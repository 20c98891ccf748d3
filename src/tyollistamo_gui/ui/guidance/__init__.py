"""The guidance process: wizard, client card tab and the Guidance page."""
