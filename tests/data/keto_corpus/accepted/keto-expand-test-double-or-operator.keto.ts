
				class User implements Namespace{}
				class Group implements Namespace{
					related: {
						viewers: User[]
					}
				}
				class File implements Namespace{
					related: {
						groupViewers: SubjectSet<Group, "viewers">[]
						groups: Group[]
					}
					permits = {
						view: (ctx: Context) => this.related.groupViewers.includes(ctx.subject) ||
							|| this.related.groups.traverse(g => g.related.viewers.includes(ctx.subject))
					}
				}
			