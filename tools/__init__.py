"""Development and CI tooling: not part of the product, never imported by the apps."""
