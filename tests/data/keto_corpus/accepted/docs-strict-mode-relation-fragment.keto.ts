viewers: (User | SubjectSet<Group, "members">)[]
