// Placeholder: the extraction engine lands here.
