"""PDF documents rendered with ReportLab platypus, in the language chosen for each."""
