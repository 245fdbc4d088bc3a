
				class User implements Namespace{}
				class File implements Namespace{
					related: {
						viewers: User[]
						blocklist1: User[]
						blocklist2: User[]
					}
					permits = {
						view: (ctx: Context) => 
							this.related.viewers.includes(ctx.subject) &&
							!(
								this.related.blocklist1.includes(ctx.subject) &&
								this.related.blocklist2.includes(ctx.subject)
							)
					}
				}
			