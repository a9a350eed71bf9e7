"""The English language bundle: word lists the coder reads, as YAML files beside this module."""
