"""The flight-log formats by name (a module of its own: the command line offers them without
loading the readers, which need pyulog and pymavlink)."""

LOG_FORMATS = ("ulog", "dataflash", "tlog", "csv", "gpx")
