"""Who may do what with CV profiles, offers and shortlists. Roles are groups (their table is in
portal/accounts/roles.py); the code checks these model permissions, never group names."""

# Staff who open a searchable CV: ranked candidates, candidate search, the CV in the staff area.
PERM_VIEW_CV = "jobs.view_candidateprofile"
# Help-desk operators who fill in a person's CV with the person at the desk.
PERM_EDIT_CV_AT_DESK = "jobs.change_candidateprofile"
PERM_VIEW_SHORTLIST = "jobs.view_shortlistentry"
PERM_ADD_TO_SHORTLIST = "jobs.add_shortlistentry"
PERM_CHANGE_SHORTLIST = "jobs.change_shortlistentry"
# The Wagtail permission that opens the staff area: accounts holding it are staff, not people
# an operator fills in a CV for.
PERM_STAFF_AREA = "wagtailadmin.access_admin"
