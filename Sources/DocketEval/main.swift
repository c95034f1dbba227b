print("docket-eval: not yet")
