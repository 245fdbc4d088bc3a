
				class User implements Namespace{}
				class Group implements Namespace{
					related: {
						members: User[]
					}
				}
				class File implements Namespace {
					related: {
						viewers: SubjectSet<Group, "members">[]
					}
					permits = {
						view: (ctx: Context) => this.related.viewers.includes(ctx.subject)
					}
				}
			