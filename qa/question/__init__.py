"""What a question asks: its kind, typed frame, office wording, short forms and the entities it names."""
