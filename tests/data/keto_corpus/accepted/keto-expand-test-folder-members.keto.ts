
				class File implements Namespace{}
				class Folder implements Namespace{
					related: {
						members: (File | SubjectSet<Folder, "members">)[]
					}
				}
			