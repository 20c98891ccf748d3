"""Spreadsheet import (clients, employers) and the client list's export."""
