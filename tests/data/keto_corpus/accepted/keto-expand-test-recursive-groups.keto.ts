
				class User implements Namespace{}
				class Group implements Namespace{
					related: {
						members: User[]
						parent: Group[]
					}
					permits = {
						isMember: (ctx: Context) => this.related.members.includes(ctx.subject) ||
							this.related.parent.traverse(g => g.permits.isMember(ctx))
					}
				}
			