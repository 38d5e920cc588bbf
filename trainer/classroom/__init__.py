"""The classroom over the LAN: the instructor's console and one station per trainee."""
