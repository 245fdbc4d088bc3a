
/**/

/** doc comment
 * content
 * more content
 */
class name implements Namespace {
	// Block comment
	/*
	äny ünicöde characterß???
	*/
}
