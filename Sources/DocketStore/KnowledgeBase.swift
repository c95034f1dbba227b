// Placeholder: the knowledge base lands here (DocketStore).
