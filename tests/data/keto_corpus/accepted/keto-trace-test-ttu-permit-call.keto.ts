
				class User implements Namespace{}
				class Group implements Namespace{
					related: {
						members: User[]
					}
					permits = {
						isMember: (ctx: Context) => this.related.members.includes(ctx.subject)
					}
				}
				class File implements Namespace{
					related: {
						viewerGroups: Group[]
					}
					permits = {
						view: (ctx: Context) => this.related.viewerGroups.traverse(g => g.permits.isMember(ctx))
					}
				}
			