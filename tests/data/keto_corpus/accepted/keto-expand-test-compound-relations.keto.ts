
				class User implements Namespace{}
				class File implements Namespace{
					related: {
						viewers: User[]
						editors: User[]
						owners: User[]
					}
					permits = {
						view: (ctx: Context) => 
							(
								this.related.viewers.includes(ctx.subject) ||
								this.related.editors.includes(ctx.subject)
							) &&
							this.related.owners.includes(ctx.subject)
					}
				}
			