"""The scenario editor: scenarios made and changed on the map and in forms, checked as typed."""
