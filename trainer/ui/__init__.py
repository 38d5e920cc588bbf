"""The Qt layer: windows, the map canvas and panels that observe the engine and render it."""
