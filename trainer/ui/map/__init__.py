"""The map canvas of Twente in RD New metres and its layers."""
