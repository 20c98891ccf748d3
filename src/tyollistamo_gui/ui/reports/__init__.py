"""The Reports page: figures for a period, their charts, drill-downs and exports."""
