"""CV profiles, job offers agreed with the employment centres, shortlists (see issue #4)."""
