
				class User implements Namespace{}
				class Group implements Namespace{
					related: {
						members: User[]
						parent: Group[]
						hiddenMembers: User[]
					}
					permits = {
						isMember: (ctx: Context) => this.related.members.includes(ctx.subject) 
							||	this.related.parent.traverse(p => p.permits.isMember(ctx))
							||	this.related.hiddenMembers.includes(ctx.subject) 
					}
				}
			