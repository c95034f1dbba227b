// Placeholder: the renderer lands here.
