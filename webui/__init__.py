"""HTML for the Gradio app (``ui.py``): answers, facts, briefings and the graph drawing."""
