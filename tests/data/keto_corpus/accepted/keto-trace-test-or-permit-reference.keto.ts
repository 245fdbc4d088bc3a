
				class User implements Namespace{}
				class Group implements Namespace{
					related: {
						members: User[]
					}
				}
				class File implements Namespace{
					related: {
						viewers: User[]
						viewerGroups: Group[]
					}
					permits = {
						viewGroup: (ctx: Context) => this.related.viewerGroups.traverse(g => g.related.members.includes(ctx.subject)),
						view: (ctx: Context) => this.related.viewers.includes(ctx.subject) || this.permits.viewGroup(ctx)
					}
				}
			