print("renewal-guide")
