
class X implements Namespace {
	related: {
		relation: SubjectSet<R, "someProp">[]
	}
}
