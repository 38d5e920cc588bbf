"""Geography: coordinate reference systems, zones and the Twente airspace."""
