
				class User implements Namespace{}
				class File implements Namespace{
					related: {
						viewers: User[]
					}
				}
			