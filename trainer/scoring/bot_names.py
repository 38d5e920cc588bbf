"""The scripted trainees by name (a module of its own: the command line offers them without
loading the scorer). trainer.scoring.bots makes them."""

BOT_NAMES = ("perfect", "idle", "panic", "late", "human")
